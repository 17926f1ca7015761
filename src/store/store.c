/* store.c: placeholder until the store lands. */
int store_placeholder_(void);
int store_placeholder_(void) { return 0; }
