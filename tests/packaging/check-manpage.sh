#!/usr/bin/env bash
# Checks that packaging/tenure-cli.1 describes every command of `tenure-cli --help` and every
# long option of `tenure-cli COMMAND --help`, so that the hand-written page follows the program.
# Usage: check-manpage.sh TENURE_CLI MAN_PAGE
set -euo pipefail
cli=$1 page=$2
# In the page, options are written with escaped hyphens: \-\-on\-error.
text=$(sed 's/\\-/-/g' "$page")
commands=$("$cli" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || { echo "check-manpage: no commands in tenure-cli --help" >&2; exit 1; }
status=0
for command in $commands; do
  grep -qE "^\.SS \"?$command( |\"|$)" <<<"$text" ||
    { echo "check-manpage: command $command is not described" >&2; status=1; }
  for option in $("$cli" "$command" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    [ "$option" = --help ] && continue
    grep -qF -- "$option" <<<"$text" ||
      { echo "check-manpage: $command $option is not described" >&2; status=1; }
  done
done
echo "check-manpage: $(wc -w <<<"$commands") commands checked"
exit $status
