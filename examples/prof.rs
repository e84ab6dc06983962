fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let p = isnad::profile::Profile::embedded();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let a = isnad::analysis::analyze_text(&src, isnad::text::Format::Plain, &p);
        println!("{:?} {}", t.elapsed(), a.findings.len());
    }
}
