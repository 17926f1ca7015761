/* placeholder */
int demo_placeholder_(void);
int demo_placeholder_(void) { return 0; }
