#!/bin/sh
# Install the browser tests' node packages from their lock file, once.
# The lock pins every version; nothing downloads a browser (the tests
# drive Debian's chromium).
set -eu
dir=$1
if [ -d "$dir/node_modules/puppeteer-core" ] &&
	[ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]
then
	exit 0
fi
command -v npm > /dev/null || apt-get install -y -qq npm
echo "deps: installing node packages in $dir"
cd "$dir"
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
