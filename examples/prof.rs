use isnad::analysis::{Context, credits, lexicon, names, quotes};
use isnad::profile::Profile;
use isnad::text::{Document, Format};
use std::time::Instant;
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let p = Profile::embedded();
    let t = Instant::now();
    let doc = Document::new(&src, Format::Plain);
    println!("doc {:?} words {}", t.elapsed(), doc.words.len());
    let t = Instant::now();
    let lex = lexicon::tag(&doc, &p);
    println!("lex {:?}", t.elapsed());
    let cx = Context {
        doc: &doc,
        profile: &p,
        lex,
    };
    let t = Instant::now();
    let q = quotes::extract(&cx);
    println!("quotes {:?} {}", t.elapsed(), q.quotes.len());
    let t = Instant::now();
    let n = names::detect(&cx);
    println!("names {:?} {}", t.elapsed(), n.len());
    let t = Instant::now();
    let c = credits::scan(&cx);
    println!("credits {:?} {}", t.elapsed(), c.agencies.len());
    let t = Instant::now();
    let a = isnad::analysis::analyze(&doc, &p);
    println!("full analyze {:?} {}", t.elapsed(), a.findings.len());
}
