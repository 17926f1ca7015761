/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz.h: what every harness of tests/fuzz shares. Each harness is one
 * LLVMFuzzerTestOneInput over one reader or parser of the program, run
 * by libFuzzer (clang -fsanitize=fuzzer) with AddressSanitizer and
 * UndefinedBehaviorSanitizer: any crash, leak or undefined behaviour is
 * a finding. */
#ifndef FUZZ_H
#define FUZZ_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The program runs in a UTF-8 locale: so do the harnesses (widths and
 * case folding depend on it). */
#define FUZZ_INIT_LOCALE()						\
int									\
LLVMFuzzerInitialize(int *argc, char ***argv)				\
{									\
	(void)argc;							\
	(void)argv;							\
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)			\
		setlocale(LC_ALL, "");					\
	return 0;							\
}

/* data as a NUL-terminated string (cut at its first NUL). */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
