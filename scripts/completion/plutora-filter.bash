# Bash completion for plutora-filter: commands, each command's options, --entity names (from
# `plutora-filter schema`), forms, and files where a file is expected.
# Installed by `cmake --install` into share/bash-completion/completions/.
_plutora_filter() {
    local cur prev command
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    command="${COMP_WORDS[1]}"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "lint format parse emit eval schema help --help --version" -- "$cur"))
        return
    fi
    case "$prev" in
        --entity)
            COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" schema 2>/dev/null | awk 'NR > 1 && NF > 1 && $1 != "entity" { print $1 }')" -- "$cur"))
            return ;;
        --from) COMPREPLY=($(compgen -W "auto text query expando searchfilters" -- "$cur")); return ;;
        --to) COMPREPLY=($(compgen -W "text query expando searchfilters" -- "$cur")); return ;;
        --format)
            if [ "$command" = lint ]; then COMPREPLY=($(compgen -W "text json github sarif" -- "$cur"))
            else COMPREPLY=($(compgen -W "text json" -- "$cur")); fi
            return ;;
        --file|--schema) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --sort|--page-num|--records-per-page|--base-url|--filter) return ;;
    esac
    local options
    case "$command" in
        lint) options="--strict --format --entity --schema --from --fix --quiet --file --help" ;;
        format) options="--normalize-dates --strict --entity --schema --from --help" ;;
        parse) options="--from --strict --entity --schema --help" ;;
        emit) options="--to --from --page-num --records-per-page --sort --base-url --strict --entity --schema --help" ;;
        eval) options="--filter --from --page-num --records-per-page --sort --strict --entity --schema --help" ;;
        schema) options="--format --schema --help" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [ "$command" = eval ] || [ "$command" = schema ]; then
        if [ "$command" = schema ]; then
            COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" schema 2>/dev/null | awk 'NR > 1 && NF > 1 && $1 != "entity" { print $1 }')" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
    fi
}
complete -F _plutora_filter plutora-filter
