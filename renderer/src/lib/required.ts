/** Props of a required input: see `.field-required` in app.css for why not Mantine's asterisk. */
export const REQUIRED = { className: 'field-required', 'aria-required': true } as const;
