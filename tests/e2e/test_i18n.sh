#!/bin/bash
# Student reports in the family's language.  First the message catalogs
# of site-templates/i18n: every missing key of every catalog is listed
# ("# fil: missing student.band"); English and Spanish must hold every
# key, Vietnamese, Filipino and Chinese every key of the student report.
# Then a synthetic district: students whose language code is Spanish,
# Vietnamese, Filipino or Chinese get a report in that language beside
# the English one, linked both ways, and --lang narrows the languages.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/i18n
rm -rf "$T"
mkdir -p "$T"
TPL=$SRCDIR/site-templates
GENSRC=$SRCDIR/generator

keys_of() { # the keys a catalog defines
	sed -n 's/^\([A-Za-z0-9_.-]\{1,\}\)[ \t]*=.*/\1/p' "$1" | sort -u
}

# Keys the code uses: t.KEY in templates, "family.key" literals in the C
# files; keys built at run time (level.*, claim.*...) are every English
# key of their family.
DYNAMIC='^(level|claim|trait|trait_meaning|genre|subject|kind|condition|meaning\.subject)\.'
STATIC='(page|nav|table|header|student|history|chart|format|lang|meaning|completeness)'
used_keys() { # used_keys FILE...
	{
		grep -ohE '\{\{\{?t\.[A-Za-z0-9_.-]+' "$@" | sed -E 's/^\{+t\.//'
		grep -ohE "\"$STATIC\.[a-z0-9_.-]+\"" "$@" | tr -d '"' |
			grep -vE '\.h$|^meaning\.subject$'
		keys_of "$TPL/i18n/en.txt" | grep -E "$DYNAMIC"
	} 2> /dev/null | grep -vE '^meaning\.(sbac|block)$' | sort -u
}
used_keys "$TPL"/*.html "$TPL"/partials/*.html "$GENSRC"/*.c > "$T/used"
# The student report: its template, its partials and the code behind it.
used_keys "$TPL/student.html" "$TPL"/partials/*.html \
	"$GENSRC/page.c" "$GENSRC/page_student.c" "$GENSRC/viz.c" \
	"$GENSRC/words.c" "$GENSRC/i18n.c" > "$T/student"
# meaning.sbac.N and meaning.block.N are built with snprintf.
keys_of "$TPL/i18n/en.txt" | grep -E '^meaning\.(sbac|block)\.' |
	tee -a "$T/used" >> "$T/student"
sort -u -o "$T/used" "$T/used"
sort -u -o "$T/student" "$T/student"
keys_of "$TPL/i18n/en.txt" > "$T/en"

expect_eq "English has every key the pages use" \
	"$(comm -23 "$T/used" "$T/en" | tr '\n' ' ')" ""
check "the student report uses some catalog keys" test -s "$T/student"

for lang in en es vi fil zh-Hant; do
	f=$TPL/i18n/$lang.txt
	keys_of "$f" > "$T/$lang"
	comm -23 "$T/en" "$T/$lang" > "$T/$lang.missing"
	sed "s/^/# $lang: missing /" "$T/$lang.missing"
	expect_eq "$lang: no key that English lacks" \
		"$(comm -13 "$T/en" "$T/$lang" | tr '\n' ' ')" ""
	case $lang in
	en | es) need=$T/used ;;
	*) need=$T/student ;;
	esac
	expect_eq "$lang: every key it must have" \
		"$(comm -12 "$need" "$T/$lang.missing" | tr '\n' ' ')" ""
	check "$lang: valid UTF-8" iconv -f UTF-8 -t UTF-8 "$f"
	expect_eq "$lang: no HTML in values" \
		"$(grep -v '^#' "$f" | grep -c '[<>]')" 0
done

# ---- a district with families of many languages ----
d=$T/district
"$DISTRICTGEN" --seed 1 --schools 1 --students 300 -o "$d" > /dev/null
STORE=$(new_store s)
"$BIN/scorebook-import" -q -s "$STORE" "$d/organizations.txt" \
	"$d/assessments.csv" "$d/trt" "$d/caaspp.txt" "$d/elpac.txt" \
	"$d/groups.csv" > /dev/null 2>&1
school=$(sql "$STORE" "SELECT natural_id FROM school s WHERE EXISTS
	(SELECT 1 FROM exam e WHERE e.school_id = s.id) ORDER BY natural_id
	LIMIT 1")
"$BIN/scorebook-generate" -q -s "$STORE" -o "$T/out-all" --school "$school"
check "generation with every language" test -f "$T/out-all/$school/index.html"
S=$T/out-all/$school/students

# A student of each language, by row id, from the store.
student_of() { # student_of CODE...: a report file name, or nothing
	codes=$(printf "'%s'," "$@")
	id=$(sql "$STORE" "SELECT st.id FROM student st WHERE
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
fi
check "a student of another language has no second report" test -z \
	"$(for f in "$S"/s*.*.html; do
		case $f in *.es.html | *.vi.html | *.fil.html | *.zh-Hant.html) ;;
		*) echo "$f" ;; esac
	done)"

# --lang narrows: English and Spanish only.
"$BIN/scorebook-generate" -q -s "$STORE" -o "$T/out-es" --school "$school" \
	--lang en,es
check "--lang en,es writes Spanish reports" \
	test -n "$(ls "$T/out-es/$school/students/" | grep '\.es\.html$')"
expect_eq "--lang en,es writes no other language" \
	"$(ls "$T/out-es/$school/students/" | grep -cE '\.(vi|fil|zh-Hant)\.html$')" 0
"$BIN/scorebook-generate" -q -s "$STORE" -o "$T/out-bad" --lang en,xx \
	2> "$T/bad.err"
expect_eq "--lang with an unknown language is a usage error" "$?" 2
"$BIN/scorebook-generate" -q -s "$STORE" -o "$T/out-again" --school "$school"
check "byte-identical runs with every language" \
	diff -r -x audit.csv "$T/out-all" "$T/out-again"

tap_done
