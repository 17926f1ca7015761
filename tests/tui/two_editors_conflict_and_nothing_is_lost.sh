#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Two officials edit the same dialogue in two terminals. The second save
# is refused with the store's message naming who changed which fields;
# the typed values stay on the screen, the other's change is taken in,
# and saving again stores both.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
me=$(id -un)

# First terminal: the form open, a title typed, not saved yet.
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys e
wait_for "Edit $ref"
keys Tab
cursor_on "Title"
keys C-u
type_text "Skatepark och spontanidrott i Skärhamn"
keys Tab
type_text " Vad saknas?"

# Second terminal: another title and a purpose, saved. A server of its
# own: tmux 3.3a's server exits when a second session is made while
# window-size is manual.
first_sock=$SOCK
SOCK="$SOCK-2"
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys e
wait_for "Edit $ref"
keys Tab
keys C-u
type_text "Skatepark vid hamnen"
keys Tab Tab
cursor_on "Purpose"
type_text "Unga formar platsen."
keys C-s
wait_for "$ref is saved (version 2)."
stop
SOCK=$first_sock

# The first saves: refused, who and what named, nothing lost.
keys C-s
wait_for "$ref was changed by $me at"
wait_for "(title, purpose)"
wait_for "nothing was saved"
wait_for "Your changes are still in the form: check them and save again."
wait_line "^ Title +Skatepark och spontanidrott i Skärhamn"
wait_for "Someone else changed this field meanwhile to"
wait_for "'Skatepark vid hamnen'. Your value is kept"
wait_for "Someone else changed this field meanwhile; the"
wait_for "Vad saknas?"
expect_field "$ref" title "Skatepark vid hamnen"
expect_field "$ref" question "Hur ska platsen användas?"
keys PPage
keys C-s
wait_for "$ref is saved (version 3)."
expect_field "$ref" title "Skatepark och spontanidrott i Skärhamn"
expect_field "$ref" question "Hur ska platsen användas? Vad saknas?"
expect_field "$ref" purpose "Unga formar platsen."
exit 0
