/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// A little CSS, inline so the page needs nothing else; no script anywhere.
const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f2f3f3; color: #16191f; }
main { max-width: 34rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
.emulator { background: #fff4ce; border: 1px solid #e6c200; padding: .5rem .75rem; border-radius: 4px; font-size: .9rem; }
.error { background: #fde8e8; border: 1px solid #d13212; padding: .5rem .75rem; border-radius: 4px; }
.done { background: #e9f7ec; border: 1px solid #1d8102; padding: .5rem .75rem; border-radius: 4px; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input, select { font: inherit; padding: .4rem; width: 100%; box-sizing: border-box; }
.code { font: 1.6rem monospace; letter-spacing: .15em; }
.actions { margin-top: 1.5rem; display: flex; gap: .75rem; }
button { font: inherit; padding: .5rem 1.25rem; border-radius: 4px; border: 1px solid #545b64; background: #fff; cursor: pointer; }
button.primary { background: #ec7211; border-color: #ec7211; color: #fff; }
`;

/** A whole page: the emulator notice first, so no one mistakes it for AWS. */
export function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · local IAM Identity Center emulator</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="emulator" role="note"><strong>Local emulator.</strong> This is the client-sso local IAM Identity Center emulator, not AWS. Its users and accounts are test fixtures; nothing here reaches AWS.</p>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>
`;
}

/** A `<select>` of the fixture's users, or a text field when there are too many to list. */
export function userPicker(userIds: string[], selected: string | undefined): string {
  const label = `<label for="user_id">Sign in as</label>`;
  if (userIds.length > 200) {
    return `${label}<input id="user_id" name="user_id" required value="${escapeHtml(selected ?? "")}" autocomplete="off">`;
  }
  const options = userIds
    .map((id) => `<option value="${escapeHtml(id)}"${id === selected ? " selected" : ""}>${escapeHtml(id)}</option>`)
    .join("");
  return `${label}<select id="user_id" name="user_id" required>${options}</select>`;
}

export const approveDenyButtons = `<div class="actions">
<button class="primary" type="submit" name="action" value="approve">Allow access</button>
<button type="submit" name="action" value="deny">Deny</button>
</div>`;
