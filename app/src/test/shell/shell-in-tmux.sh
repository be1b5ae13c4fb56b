#!/usr/bin/env bash
# concdemo shell in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.
# Completion (a command, a topic, option values), a usage error, Ctrl-C during deadlock and at the
# prompt, a setting, exit; then a second shell finds the first one's history; a third is ended
# by SIGTERM at its prompt. Run by ShellTmuxIT
# with the checkout's root; exits non-zero, with the screen, at the first thing not seen.
set -euo pipefail
root=$1
command -v tmux >/dev/null || { echo "shell-in-tmux: tmux is needed (apt-get install tmux)"; exit 1; }
home=$(mktemp -d)
sock=concdemo-shell-it-$$
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT

screen() { t capture-pane -p -t s -S -300; }
wait_for() { # TEXT SECONDS: until TEXT is on the screen
    local tenths=$(($2 * 10))
    for _ in $(seq 1 "$tenths"); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    echo "shell-in-tmux: not seen within $2 s: $1"
    screen
    exit 1
}
count() { screen | grep -cF -- "$1" || true; }
start_shell() {
    t new-session -d -s s -x 100 -y 60 \
        "cd '$root' && HOME='$home' ./concdemo shell; echo SHELL-EXITED \$?; sleep 60"
    wait_for "concdemo>" 60
}

start_shell
t send-keys -t s "expl" Tab
wait_for "concdemo> explain" 10
t send-keys -t s "gi" Tab
wait_for "concdemo> explain gil" 10
t send-keys -t s C-u
t send-keys -t s "deadlock --fix " Tab Tab
wait_for "trylock" 10
t send-keys -t s C-u

t send-keys -t s "deadlock --bogus" Enter
wait_for "concdemo deadlock: unknown option '--bogus'" 20

# At --time-scale 5 the cycle forms only after func2's 10 s sleep: Ctrl-C, sent once some
# thread (whichever runs first) has taken a lock, lands in the middle of the run.
t send-keys -t s "deadlock --time-scale 5" Enter
wait_for "got lock" 20
t send-keys -t s C-c
wait_for "concdemo deadlock: interrupted after" 20
prompts=$(count "concdemo>")
t send-keys -t s C-c # at the empty prompt: nothing but a fresh prompt line
sleep 1
[ "$(count "interrupted after")" = 1 ] || { echo "shell-in-tmux: Ctrl-C at the prompt interrupted something"; screen; exit 1; }

t send-keys -t s "set lang zh" Enter
wait_for "set: lang zh" 10
t send-keys -t s "explain gil" Enter
wait_for "全局解释器锁" 20
t send-keys -t s "exit" Enter
wait_for "SHELL-EXITED 0" 20
grep -qxF "deadlock --bogus" <(cut -d: -f2- "$home/.concdemo_history") \
    || { echo "shell-in-tmux: history not kept"; cat "$home/.concdemo_history"; exit 1; }
t kill-session -t s

start_shell # a second shell: the first one's history is there
t send-keys -t s Up
wait_for "concdemo> exit" 10
t send-keys -t s Up
wait_for "concdemo> explain gil" 10
t send-keys -t s C-u C-d
wait_for "SHELL-EXITED 0" 20
t kill-session -t s

start_shell # SIGTERM at the prompt: the shell leaves, with a shell's 143
jvm=$(pgrep -P "$(t list-panes -t s -F '#{pane_pid}')" | head -1)
[ -n "$jvm" ] || { echo "shell-in-tmux: no concdemo JVM under the pane"; exit 1; }
kill -TERM "$jvm"
wait_for "SHELL-EXITED 143" 20
if ps -eo args | grep -F "$home" | grep -v grep | grep -q java; then
    echo "shell-in-tmux: a concdemo JVM is still running"
    exit 1
fi
echo "shell-in-tmux: completion, usage error, Ctrl-C, settings, exit, history and SIGTERM all seen (prompts: $prompts)"
