#!/usr/bin/env bash
# Checks what users copy: the example GitHub workflows against GitHub's workflow schema
# (check-jsonschema's built-in copy, so it works offline) and scripts/*.sh with shellcheck.
# With CI=true, installs check-jsonschema (PyPI) and shellcheck (apt) when they are missing;
# elsewhere it asks you to install them.
set -euo pipefail

cd "$(dirname "$0")/.."

need() {
    local tool=$1 how=$2
    command -v "$tool" >/dev/null && return 0
    if [[ ${CI:-} == true ]]; then
        echo "check-examples.sh: installing $tool" >&2
        case $tool in
            check-jsonschema)
                # Debian and Ubuntu's own Python refuse a plain install (PEP 668); a user install is enough.
                python3 -m pip install --quiet --user check-jsonschema ||
                    python3 -m pip install --quiet --user --break-system-packages check-jsonschema
                PATH="$PATH:$(python3 -m site --user-base)/bin"
                ;;
            shellcheck)
                if [[ $(id -u) == 0 ]]; then
                    apt-get update -qq && apt-get install -y -qq shellcheck
                else
                    sudo apt-get update -qq && sudo apt-get install -y -qq shellcheck
                fi
                ;;
        esac
        hash -r
        command -v "$tool" >/dev/null && return 0
    fi
    echo "check-examples.sh: $tool is missing: $how" >&2
    exit 2
}

need check-jsonschema "python3 -m pip install check-jsonschema"
need shellcheck "apt-get install shellcheck (or brew install shellcheck)"

workflows=(examples/github-actions/*.yml)
check-jsonschema --builtin-schema vendor.github-workflows "${workflows[@]}"

scripts=(scripts/*.sh)
shellcheck "${scripts[@]}"
echo "check-examples.sh: ${#workflows[@]} workflow(s) and ${#scripts[@]} script(s) pass"
