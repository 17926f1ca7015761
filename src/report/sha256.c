/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sha256.c: SHA-256 (FIPS 180-4) of a file's bytes, so that an import
 * knows a file it has seen before. Not for secrets: a plain, portable
 * implementation without a crypto library.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "report.h"
#include "report-int.h"

static const uint32_t k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b,
	0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
	0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
	0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152,
	0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
	0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
	0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
	0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
	0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))

/*
 * One round, with the eight working variables named in their turn
 * instead of moved along: eight rounds bring the names back where they
 * were, and the compiler keeps them in registers.
 */
#define ROUND(a, b, c, d, e, f, g, h, i) do {				\
	uint32_t t1_ = (h) + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +	\
	    (((e) & (f)) ^ (~(e) & (g))) + k[i] + W(i);			\
	uint32_t t2_ = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +		\
	    (((a) & (b)) ^ ((a) & (c)) ^ ((b) & (c)));			\
	(d) += t1_;							\
	(h) = t1_ + t2_;						\
} while (0)

/* The message schedule in 16 words, each made as it is needed. */
#define W(i)	((i) < 16 ? w[i] : (w[(i) & 15] +=			\
	(ROR(w[((i) - 2) & 15], 17) ^ ROR(w[((i) - 2) & 15], 19) ^	\
	(w[((i) - 2) & 15] >> 10)) + w[((i) - 7) & 15] +		\
	(ROR(w[((i) - 15) & 15], 7) ^ ROR(w[((i) - 15) & 15], 18) ^	\
	(w[((i) - 15) & 15] >> 3))))

static void
block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[16], a, b, c, d, e, f, g, hh;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	e = h[4];
	f = h[5];
	g = h[6];
	hh = h[7];
	for (i = 0; i < 64; i += 8) {
		ROUND(a, b, c, d, e, f, g, hh, i);
		ROUND(hh, a, b, c, d, e, f, g, i + 1);
		ROUND(g, hh, a, b, c, d, e, f, i + 2);
		ROUND(f, g, hh, a, b, c, d, e, i + 3);
		ROUND(e, f, g, hh, a, b, c, d, i + 4);
		ROUND(d, e, f, g, hh, a, b, c, i + 5);
		ROUND(c, d, e, f, g, hh, a, b, i + 6);
		ROUND(b, c, d, e, f, g, hh, a, i + 7);
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
	h[5] += f;
	h[6] += g;
	h[7] += hh;
}

#undef W
#undef ROUND

void
rsha256_init(struct rsha256 *c)
{
	static const uint32_t h0[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};

	memcpy(c->h, h0, sizeof c->h);
	c->n = 0;
	c->len = 0;
}

void
rsha256_add(struct rsha256 *c, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t m;

	c->len += len;
	if (c->n > 0) {
		m = 64 - c->n < len ? 64 - c->n : len;
		memcpy(c->buf + c->n, p, m);
		c->n += m;
		p += m;
		len -= m;
		if (c->n < 64)
			return;
		block(c->h, c->buf);
		c->n = 0;
	}
	for (; len >= 64; p += 64, len -= 64)
		block(c->h, p);
	if (len > 0)	/* data may be NULL for an empty piece */
		memcpy(c->buf, p, len);
	c->n = len;
}

void
rsha256_end(struct rsha256 *c, char *buf, size_t size)
{
	unsigned char last[128];
	uint64_t bits = c->len * 8;
	size_t n, i, off;

	memset(last, 0, sizeof last);
	memcpy(last, c->buf, c->n);
	last[c->n] = 0x80;
	n = c->n < 56 ? 64 : 128;
	for (i = 0; i < 8; i++)
		last[n - 1 - i] = (unsigned char)(bits >> (8 * i));
	block(c->h, last);
	if (n == 128)
		block(c->h, last + 64);
	if (size < REPORT_DIGEST_SIZE) {
		if (size > 0)
			buf[0] = '\0';
		return;
	}
	off = (size_t)snprintf(buf, size, "sha256:");
	for (i = 0; i < 8; i++)
		off += (size_t)snprintf(buf + off, size - off, "%08x",
		    (unsigned)c->h[i]);
}

void
report_sha256(const void *data, size_t len, char *buf, size_t size)
{
	struct rsha256 c;

	rsha256_init(&c);
	rsha256_add(&c, data, len);
	rsha256_end(&c, buf, size);
}
