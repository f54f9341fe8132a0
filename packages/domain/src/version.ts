/** Version of the widgets, sent with consents as proof of which widget collected them. Kept equal to package.json by a unit test. */
export const WIDGETS_VERSION = '0.1.0';
