#!/bin/bash
# check-links.sh BUNDLE: every href and src of every page of a bundle
# names a file inside the bundle.  Prints one line per bad link and exits
# 1 when there is any: a missing file, a link leaving the bundle, or a
# link with a scheme (http:, javascript:, ...) or to another host.
set -u
root=$(cd "$1" && pwd -P)
bad=0

# Undo percent-encoding: %41 -> A.
decode() {
	local s=${1//+/ }
	printf '%b' "${s//%/\\x}"
}

while IFS= read -r page; do
	dir=$(dirname "$page")
	while IFS= read -r url; do
		case "$url" in
		'#'*) continue ;;
		*:* | //*)
			echo "$page: link with a scheme or host: $url"
			bad=1
			continue
			;;
		esac
		target=$(decode "${url%%#*}")
		[ -n "$target" ] || continue
		full=$(realpath -m "$dir/$target")
		case "$full" in
		"$root"/*) ;;
		*)
			echo "$page: link leaves the bundle: $url"
			bad=1
			continue
			;;
		esac
		if [ ! -f "$full" ]; then
			echo "$page: broken link: $url"
			bad=1
		fi
	done < <(grep -oE '(href|src)="[^"]*"' "$page" |
		sed -E 's/^(href|src)="//; s/"$//')
done < <(find "$root" -name '*.html' | sort)
exit $bad
