/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * mkschema.c: write schema-built.c, the schema of a new register as the
 * migrations make it (store-int.h), for the program to compare a
 * register with at every open instead of replaying the migrations. Run
 * by the build.
 *
 * Usage: mkschema OUTPUT
 */
#include "config.h"

#include <stdio.h>

#include "store.h"
#include "store-int.h"

int
main(int argc, char **argv)
{
	FILE *fp;

	if (argc != 2) {
		fputs("usage: mkschema OUTPUT\n", stderr);
		return 1;
	}
	if ((fp = fopen(argv[1], "w")) == NULL) {
		perror(argv[1]);
		return 1;
	}
	if (store_schema_write_built(fp) != 0) {
		fprintf(stderr, "mkschema: cannot replay the migrations\n");
		fclose(fp);
		remove(argv[1]);
		return 1;
	}
	if (fclose(fp) != 0) {
		perror(argv[1]);
		remove(argv[1]);
		return 1;
	}
	return 0;
}
