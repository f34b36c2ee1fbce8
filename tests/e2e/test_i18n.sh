#!/bin/bash
# Student reports in the family's language.  First the message catalogs
# of site-templates/i18n: English holds every key the templates and the
# generator use, and no other; Spanish holds every key, Vietnamese,
# Filipino and Chinese every key of the student report, and the other
# keys they leave to English are listed ("# fil: falls back to English
# for items.keys").  The templates hold no words of their own, and every
# English guide page has a Spanish one.  Then a synthetic district:
# students whose language code is Spanish, Vietnamese, Filipino or
# Chinese get a report in that language beside the English one, linked
# both ways, with dates and numbers written the language's way and the
# guide in Spanish for Spanish readers, and --lang narrows the
# languages.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/i18n
rm -rf "$T"
mkdir -p "$T"
TPL=$SRCDIR/site-templates
GENSRC=$SRCDIR/generator

# The keys of a catalog whose value uses a {N} beyond the highest one
# English uses; dates may use all six of format.date's.
placeholders_beyond() {
	awk -v en="$TPL/i18n/en.txt" '
		function highest(v,  n, top) {
			top = 0
			while (match(v, /\{[0-9]\}/)) {
				n = substr(v, RSTART + 1, 1) + 0
				if (n > top) top = n
				v = substr(v, RSTART + RLENGTH)
			}
			return top
		}
		function load(file, into,  line, k) {
			while ((getline line < file) > 0) {
				if (line ~ /^[A-Za-z0-9_.-]+[ \t]*=/) {
					k = line; sub(/[ \t]*=.*/, "", k)
					sub(/^[^=]*=/, "", line)
					into[k] = line
				} else if (line ~ /^[ \t]/ && k != "") {
					into[k] = into[k] " " line
				} else {
					k = ""
				}
			}
		}
		BEGIN {
			load(en, english)
			load(ARGV[1], other)
			ARGV[1] = ""
			for (k in other) {
				allowed = k ~ /^format\.date/ ? 6 : highest(english[k])
				if (highest(other[k]) > allowed) print k
			}
		}' "$1" | sort -u
}

keys_of() { # the keys a catalog defines
	sed -n 's/^\([A-Za-z0-9_.-]\{1,\}\)[ \t]*=.*/\1/p' "$1" | sort -u
}
keys_of "$TPL/i18n/en.txt" > "$T/en"
# The families of keys: "chart" for chart.desc.score.
FAMILIES=$(sed 's/\..*//' "$T/en" | sort -u | paste -sd'|' -)

# Keys the code uses: t.KEY in templates, "family.key" literals in the C
# files.  A literal that names no key but begins some ("level.sbac",
# "chart.students" of chart.students.one and .other) uses all of them.
# Keys built at run time from a code are every English key of their
# family.
DYNAMIC='^(claim|subject|kind|condition|completeness|trait|trait_meaning|genre|format\.month|meaning\.(sbac|block))\.'
literals() { # literals FILE...
	{
		grep -ohE '\{\{\{?t\.[A-Za-z0-9_.-]+' "$@" | sed -E 's/^\{+t\.//'
		grep -ohE '"[a-z_]+\.[a-z0-9_.-]+"' "$@" | tr -d '"' |
			grep -E "^($FAMILIES)\." | grep -v '\.h$'
	} 2> /dev/null | sort -u
}
used_keys() { # used_keys FILE...
	{
		literals "$@" | awk -v en="$T/en" '
			BEGIN { while ((getline k < en) > 0) keys[k] = 1 }
			{
				if ($0 in keys) { print; next }
				found = 0
				for (k in keys)
					if (index(k, $0 ".") == 1) { print k; found = 1 }
				if (!found) print
			}'
		grep -E "$DYNAMIC" "$T/en"
	} | sort -u
}
used_keys "$TPL"/*.html "$TPL"/partials/*.html "$GENSRC"/*.c > "$T/used"
# The student report: its template, its partials and the code behind it.
partials_of() { # the partials a template includes, and theirs
	for p in $(grep -oE '\{\{>[a-z-]+\}\}' "$1" | tr -d '{}>' | sort -u); do
		echo "$TPL/partials/$p.html"
		partials_of "$TPL/partials/$p.html"
	done
}
# shellcheck disable=SC2046
used_keys "$TPL/student.html" $(partials_of "$TPL/student.html" | sort -u) \
	"$GENSRC/page.c" "$GENSRC/page_student.c" "$GENSRC/viz.c" \
	"$GENSRC/chart.c" "$GENSRC/exam_text.c" "$GENSRC/words.c" \
	"$GENSRC/i18n.c" > "$T/student"

expect_eq "English has every key the pages use" \
	"$(comm -23 "$T/used" "$T/en" | tr '\n' ' ')" ""
expect_eq "English has no key that nothing uses" \
	"$(comm -13 "$T/used" "$T/en" | tr '\n' ' ')" ""
check "the student report uses some catalog keys" test -s "$T/student"

# English and Spanish hold every key; Vietnamese, Filipino and Chinese
# every key of the student report, and the other keys they lack, shown
# in English, are listed ("# fil: falls back to English for ...").
for lang in en es vi fil zh-Hant; do
	f=$TPL/i18n/$lang.txt
	keys_of "$f" > "$T/$lang"
	comm -23 "$T/en" "$T/$lang" > "$T/$lang.missing"
	case $lang in
	en | es) need=$T/used ;;
	*) need=$T/student ;;
	esac
	comm -23 "$T/$lang.missing" "$need" |
		sed "s/^/# $lang: falls back to English for /"
	expect_eq "$lang: no key that English lacks" \
		"$(comm -13 "$T/en" "$T/$lang" | tr '\n' ' ')" ""
	expect_eq "$lang: every key it must have" \
		"$(comm -12 "$need" "$T/$lang.missing" | tr '\n' ' ')" ""
	check "$lang: valid UTF-8" iconv -f UTF-8 -t UTF-8 "$f"
	expect_eq "$lang: no HTML in values" \
		"$(grep -v '^#' "$f" | grep -c '[<>]')" 0
	# The generator fills {1}..{9}; a value may use fewer, never others.
	expect_eq "$lang: the same placeholders as English, or fewer" \
		"$(placeholders_beyond "$f" | tr '\n' ' ')" ""
done

# Every claim of the scale catalog has its name in the catalogs.
expect_eq "every claim of schemas/claims.csv has an English name" \
	"$(tail -n +2 "$SRCDIR/schemas/claims.csv" | cut -d, -f1,2 |
		tr 'A-Z,' 'a-z.' | sed 's/^/claim./' | sort |
		comm -23 - "$T/en" | tr '\n' ' ')" ""

# No words in the templates themselves: what is left of a template
# without its tags, tags of the template engine and character entities,
# and every aria-label, title, alt or placeholder, holds no letter.
words_in_templates() {
	for f in "$TPL"/*.html "$TPL"/partials/*.html; do
		sed -E 's/\{\{[^}]*\}\}\}?//g' "$f" |
			grep -oE '(aria-label|title|alt|placeholder)="[^"]*[A-Za-z][^"]*"' |
			sed "s|^|$(basename "$f"): |"
		sed -E 's/\{\{[^}]*\}\}\}?//g; s/<[^>]*>//g; s/&[a-z]+;//g' "$f" |
			grep '[A-Za-z]' | sed "s|^|$(basename "$f"): |"
	done
}
expect_eq "the templates hold no words of their own" \
	"$(words_in_templates | tr '\n' ' ')" ""

# Nor in the code that builds pages: no string of two words in a row,
# leaving out comments, log messages, markup and the sealed page's script.
words_in_code() {
	for f in "$GENSRC"/page*.c "$GENSRC"/viz.c "$GENSRC"/chart.c \
		"$GENSRC"/aggregate.c "$GENSRC"/summary.c "$GENSRC"/grid.c \
		"$GENSRC"/exam_text.c "$GENSRC"/words.c "$GENSRC"/bundle_html.c; do
		grep -v '^[[:space:]]*/\{0,1\}\*' "$f" | sed 's|/\*.*\*/||' |
			grep -v 'log_' | grep -oE '"([^"\\]|\\.)*"' |
			grep -vE '=\\"|<|[(){};]' | grep -E '[A-Za-z]{2,} [A-Za-z]{2,}' |
			sed "s|^|$(basename "$f"): |"
	done
}
expect_eq "the page code holds no words of its own" \
	"$(words_in_code | tr '\n' ' ')" ""

# Spanish guide pages: one for every English page, with a title.
for md in "$TPL"/guide/*.md; do
	es=$TPL/guide/es/$(basename "$md")
	check "es: guide page $(basename "$md")" grep -q '^# ' "$es"
done

# ---- a district with families of many languages ----
d=$T/district
"$DISTRICTGEN" --seed 1 --schools 1 --students 300 -o "$d" > /dev/null
"$BIN/scorebook-import" -q -s "$T/s.db" "$d/organizations.txt" \
	"$d/assessments.csv" "$d/trt" "$d/caaspp.txt" "$d/elpac.txt" \
	"$d/groups.csv" > /dev/null 2>&1
school=$(sqlite3 "$T/s.db" "SELECT natural_id FROM school s WHERE EXISTS
	(SELECT 1 FROM exam e WHERE e.school_id = s.id) ORDER BY natural_id
	LIMIT 1")
"$BIN/scorebook-generate" -q -s "$T/s.db" -o "$T/out-all" --school "$school"
check "generation with every language" test -f "$T/out-all/$school/index.html"
S=$T/out-all/$school/students

# A student of each language, by row id, from the store.
student_of() { # student_of CODE...: a report file name, or nothing
	codes=$(printf "'%s'," "$@")
	id=$(sqlite3 "$T/s.db" "SELECT st.id FROM student st WHERE
		lower(st.language_code) IN (${codes%,}) ORDER BY st.id" |
		while read -r i; do
			[ -f "$S/s$i.html" ] && echo "$i" && break
		done)
	[ -n "$id" ] && echo "s$id"
}
for pair in es:spa vi:vie fil:fil,tgl zh-Hant:chi,zho,yue,cmn; do
	lang=${pair%%:*}
	# shellcheck disable=SC2046
	s=$(student_of $(echo "${pair#*:}" | tr ',' ' '))
	if [ -z "$s" ]; then
		not_ok "$lang: a student who needs it"
		continue
	fi
	page=$S/$s.$lang.html
	check "$lang: the report $s.$lang.html" test -f "$page"
	check "$lang: lang=\"$lang\" on the page" \
		grep -q "<html lang=\"$lang\">" "$page"
	check "$lang: the English report links to it" \
		grep -q "$s.$lang.html\" lang=\"$lang\"" "$S/$s.html"
	check "$lang: it links back to English" \
		grep -q "/$s.html\" lang=\"en\"" "$page"
	check "$lang: the English report is still English" \
		grep -q '<html lang="en">' "$S/$s.html"
	[ "$lang" = es ] && spanish=$page
done
if [ -n "${spanish:-}" ]; then
	check "es: the level in Spanish" grep -qE \
		'Nivel de logro|Desempe' "$spanish"
	check "es: scale score in Spanish" grep -q 'Puntuación de escala' \
		"$spanish"
	check "es: no English heading left" test -z \
		"$(grep -E 'Achievement level|Error band|Scale score<' "$spanish")"
	check "es: charts described in Spanish" grep -q 'Escala de [0-9]* a' \
		"$spanish"
	check "es: no chart described in English" test -z \
		"$(grep -E 'plus or minus|Scale from|and above' "$spanish")"
	months='enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre'
	months="$months|octubre|noviembre|diciembre"
	check "es: dates in words: presentada el 3 de mayo de 2026" grep -qE \
		"presentada el [1-9][0-9]? de ($months) de [0-9]{4}" "$spanish"
	check "es: dates in tables day first: 03/05/2026" grep -qE \
		'<td>[0-3][0-9]/[01][0-9]/[0-9]{4}</td>|>[0-3][0-9]/[01][0-9]/[0-9]{4}<' \
		"$spanish"
	# The guide for Spanish readers is in Spanish.
	guide=$(grep -oE 'href="[^"]*reading-this-report[^"]*"' "$spanish" |
		sed 's/href="\.\.\///; s/"$//')
	expect_eq "es: the report links to the Spanish guide" "$guide" \
		guide/reading-this-report.es.html
	check "es: the Spanish guide page is there, in Spanish" grep -q \
		'<html lang="es">' "$T/out-all/$school/$guide"
	check "es: its guide link goes to the Spanish guide index" grep -q \
		'href="../guide/index.es.html"' "$spanish"
	check "es: the Spanish guide index lists every page" test \
		"$(grep -c '\.es\.html">' "$T/out-all/$school/guide/index.es.html")" \
		-ge "$(ls "$TPL"/guide/*.md | wc -l)"
fi
# Vietnamese has no guide of its own: its readers get the English one.
vi_page=$(ls "$S"/s*.vi.html 2> /dev/null | head -n 1)
if [ -n "$vi_page" ]; then
	check "vi: the guide link goes to the English guide" grep -q \
		'href="../guide/index.html"' "$vi_page"
	check "vi: no Vietnamese guide pages" test -z \
		"$(ls "$T/out-all/$school/guide" | grep '\.vi\.html$')"
fi
check "the English report links to the English guide" grep -q \
	'href="../guide/reading-this-report.html"' "$S/$(ls "$S" |
		grep -E '^s[0-9]+\.html$' | head -n 1)"
check "a student of another language has no second report" test -z \
	"$(for f in "$S"/s*.*.html; do
		case $f in *.es.html | *.vi.html | *.fil.html | *.zh-Hant.html) ;;
		*) echo "$f" ;; esac
	done)"

# --lang narrows: English and Spanish only.
"$BIN/scorebook-generate" -q -s "$T/s.db" -o "$T/out-es" --school "$school" \
	--lang en,es
check "--lang en,es writes Spanish reports" \
	test -n "$(ls "$T/out-es/$school/students/" | grep '\.es\.html$')"
expect_eq "--lang en,es writes no other language" \
	"$(ls "$T/out-es/$school/students/" | grep -cE '\.(vi|fil|zh-Hant)\.html$')" 0
"$BIN/scorebook-generate" -q -s "$T/s.db" -o "$T/out-bad" --lang en,xx \
	2> "$T/bad.err"
expect_eq "--lang with an unknown language is a usage error" "$?" 2
"$BIN/scorebook-generate" -q -s "$T/s.db" -o "$T/out-again" --school "$school"
check "byte-identical runs with every language" \
	diff -r -x audit.csv "$T/out-all" "$T/out-again"

tap_done
