// Reloads the whole app: after a restore every piece of data changed under the page. An object,
// not a bare function, so that renderer tests can replace it (jsdom cannot navigate).
export const appReload = {
  reload: (): void => window.location.reload(),
};
