/* placeholder */
int report_placeholder_(void);
int report_placeholder_(void) { return 0; }
