use isnad::analysis::{Context, lexicon, names};
use isnad::profile::Profile;
use isnad::text::{Document, Format};
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let doc = Document::new(&src, Format::Plain);
    let p = Profile::embedded();
    let cx = Context {
        doc: &doc,
        profile: &p,
        lex: lexicon::tag(&doc, &p),
    };
    for (w, t) in doc.words.iter().zip(&cx.lex.words) {
        if std::env::var("WORDS").is_ok() {
            println!("{} {:?}", w.plain, t);
        }
    }
    for c in isnad::analysis::credits::scan(&cx).credits {
        println!("credit {:?} {:?}", c.kind, &src[c.range]);
    }
    for e in names::detect(&cx) {
        println!(
            "{:?} {} fam={} {:?} {:?}",
            e.kind,
            e.key,
            e.family,
            e.spellings(),
            e.mentions.iter().map(|m| m.how).collect::<Vec<_>>()
        );
    }
}
#[allow(dead_code)]
fn _x() {}
