// The password typed as a person types it (about 40 ms a key) on a lock screen that is up: the app
// uses those seconds (the key derivation's worker loads meanwhile), so `fill` at once would time a
// case that does not happen.
export async function typePassword(page, password) {
  const field = page.getByLabel('Passwort', { exact: true });
  await field.waitFor();
  await field.pressSequentially(password, { delay: 40 });
}
