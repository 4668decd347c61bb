/** The widths and themes every browser test takes its screenshots at: desktop and phone, light and dark. */
export const LAYOUTS = [
	{ name: 'desktop-light', width: 1200, height: 900, colorScheme: 'light' as const },
	{ name: 'desktop-dark', width: 1200, height: 900, colorScheme: 'dark' as const },
	{ name: 'phone-light', width: 390, height: 844, colorScheme: 'light' as const },
	{ name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' as const },
];
