//! A family name that is also a title (الشاعر، النجار، القاضي) closing an apposition after a
//! given name (الإعلامية البحرينية، سوسن الشاعر، ...) (issue 12, speakers).

use super::*;

/// True when word `f` (index into `cx.doc.words`, before `limit`) is a definite word the lists
/// also know as a title, right after the listed given name at word `f - 1` with only a space
/// between, and followed by the comma or colon that closes an apposition. Reason: between the
/// commas of an apposition a title would stand before the name it describes, never between the
/// given name and the closing comma, so a definite word there is the family name (Arabic family
/// names are often definite nouns of trade or rank: الشاعر، النجار، القاضي).
pub(super) fn title_as_family_name(cx: &Context, f: usize, limit: usize) -> bool {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    f >= 1
        && f + 1 < limit
        && cx.lex.words[f - 1].given > 0
        && cx.lex.words[f].title > 0
        && bare_key(cx, f).starts_with("ال")
        && gap(cx, f - 1, f).trim().is_empty()
        && gap(cx, f, f + 1).trim().starts_with(['،', ',', ':'])
}

#[cfg(test)]
mod tests {
    use super::super::tests::one;

    #[test]
    fn a_title_word_after_a_given_name_closes_the_apposition_as_its_family_name() {
        assert_eq!(
            one("قالت الكاتبة اللبنانية، ريم القاضي، إن «الرواية لم تنته بعد»."),
            Some("ريم القاضي".into())
        );
    }
}
