#!/usr/bin/env bash
# Renders the HTML review sheet (`isnad report --format html`) in headless Chromium and checks it:
# the page's text holds the quotations' speakers, <html> carries dir="rtl" lang="ar" (the English
# page dir="ltr" lang="en"), and the computed direction of the page is rtl (ltr in English) and of
# its first Arabic table cell rtl. Also saves screenshots for a person to
# look at in target/report-html/. Installs Debian's chromium when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y --no-install-recommends chromium
fi

cargo build --release --locked --quiet
ISNAD=target/release/isnad
OUT=target/report-html
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

"$ISNAD" report --format html --lang ar --output "$OUT/seed.html" tests/drafts/seed-syria-iran-security.txt
"$ISNAD" report --format html --lang en --output "$OUT/folder.html" tests/drafts

chrome() {
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" "$@" 2>/dev/null
  rm -rf "$profile"
}

fail() { echo "report-html: $*" >&2; exit 1; }

for page in seed folder; do
  echo "== $page.html"
  chrome --dump-dom "file://$OUT/$page.html" >"$OUT/$page.dom.html"
  # The Arabic page is right-to-left; the English one left-to-right with right-to-left Arabic cells.
  if [ "$page" = seed ]; then want='<html lang="ar" dir="rtl">'; dirs="html=rtl body=rtl td=rtl"
  else want='<html lang="en" dir="ltr">'; dirs="html=ltr body=ltr td=rtl"; fi
  grep -q "$want" "$OUT/$page.dom.html" || fail "$page: <html> lacks $want"
  for speaker in "اللواء مملوك" "مملوك" "شمخاني"; do
    grep -q "$speaker" "$OUT/$page.dom.html" || fail "$page: speaker $speaker missing from the rendered page"
  done
  if grep -qiE '<script|<link |@import|url\(' "$OUT/$page.html"; then fail "$page: not self-contained"; fi

  # Computed direction, read by a test-only page that loads the report in an iframe (the report
  # itself has no script).
  cat >"$OUT/$page.probe.html" <<HTML
<!DOCTYPE html><html><body><iframe id="r" src="$page.html" width="1200" height="800"></iframe>
<pre id="out">pending</pre>
<script>
document.getElementById('r').addEventListener('load', function () {
  var d = this.contentDocument, w = this.contentWindow;
  var cell = d.querySelector('td:not(.num)');
  document.getElementById('out').textContent = [
    'html=' + w.getComputedStyle(d.documentElement).direction,
    'body=' + w.getComputedStyle(d.body).direction,
    'td=' + (cell ? w.getComputedStyle(cell).direction : 'none'),
    'text-align=' + (cell ? w.getComputedStyle(cell).textAlign : 'none')
  ].join(' ');
});
</script></body></html>
HTML
  chrome --allow-file-access-from-files --run-all-compositor-stages-before-draw \
    --virtual-time-budget=3000 --dump-dom "file://$OUT/$page.probe.html" >"$OUT/$page.probe.dom.html"
  probe=$(sed -n 's:.*<pre id="out">\([^<]*\)</pre>.*:\1:p' "$OUT/$page.probe.dom.html")
  echo "   computed: $probe"
  case "$probe" in
    *"$dirs"*) ;;
    *) fail "$page: computed direction is not $dirs ($probe)" ;;
  esac

  chrome --screenshot="$OUT/$page.png" --window-size=1200,1600 --hide-scrollbars "file://$OUT/$page.html" >/dev/null
  [ -s "$OUT/$page.png" ] || fail "$page: no screenshot"
done
echo "report-html: ok (screenshots in $OUT)"
