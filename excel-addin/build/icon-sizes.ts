/** The add-in icon sizes in px: 16/32/80 for the ribbon, 32/64 for IconUrl and HighResolutionIconUrl. */
export const ADDIN_ICON_SIZES = [16, 32, 64, 80] as const;
