// Which browser program a launch starts, read when called so that a caller may set the variable first.

/** CHROMIUM_PATH, else Debian's chromium package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** FIREFOX_PATH, else Debian's firefox-esr package. */
export const firefoxPath = (): string => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
