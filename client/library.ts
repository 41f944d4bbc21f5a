/**
 * The media library island. Without it the upload form posts to the newsroom as a plain
 * multipart form; with it, images dropped on the drop zone or chosen in the file picker go
 * one by one to the media API (`POST /api/v1/media` with the session's CSRF header) and a
 * progress bar follows each upload. A refusal shows the API's own message. On an image's
 * page it adds a button that copies the media id.
 */

type Messages = { progress: string; done: string; failed: string; nofile: string };

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

interface Uploaded {
  id: string;
}

/** Sends one file with the form's texts; resolves with the stored image or rejects with the API's message. */
function send(
  api: string,
  file: File,
  texts: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.set('file', file, file.name);
    for (const [name, value] of Object.entries(texts)) if (value.trim()) body.set(name, value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', api);
    xhr.setRequestHeader('x-csrf-token', csrfToken());
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    xhr.addEventListener('load', () => {
      let answer: { id?: string; error?: { message?: string } } = {};
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: the status line is all there is.
      }
      if (xhr.status === 201 && answer.id) resolve({ id: answer.id });
      else reject(new Error(answer.error?.message ?? `${xhr.status} ${xhr.statusText}`));
    });
    xhr.addEventListener('error', () => reject(new Error(xhr.statusText || 'network error')));
    xhr.send(body);
  });
}

function enhanceUpload(form: HTMLFormElement): void {
  const api = form.dataset.api ?? '/api/v1/media';
  const messages: Messages = {
    progress: form.dataset.msgProgress ?? '{name}: {percent}%',
    done: form.dataset.msgDone ?? '{name}',
    failed: form.dataset.msgFailed ?? '{name}: {message}',
    nofile: form.dataset.msgNofile ?? '',
  };
  const input = form.querySelector<HTMLInputElement>('input[type=file]');
  const zone = form.querySelector<HTMLElement>('[data-dropzone]');
  const progressBox = form.querySelector<HTMLElement>('[data-progress]');
  const bar = form.querySelector<HTMLProgressElement>('progress');
  const status = form.querySelector<HTMLElement>('[data-status]');
  const errors = form.querySelector<HTMLElement>('[data-error]');
  const list = form.querySelector<HTMLUListElement>('[data-uploaded]');
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (!input || !zone || !progressBox || !bar || !status || !errors || !list) return;
  // The island checks for a file itself, so that a drop needs no chosen file.
  input.required = false;
  let busy = false;

  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';

  const showError = (text: string) => {
    errors.textContent = text;
    errors.hidden = false;
  };

  const uploadAll = async (files: File[]) => {
    if (busy) return;
    errors.hidden = true;
    errors.textContent = '';
    if (files.length === 0) {
      showError(messages.nofile);
      input.focus();
      return;
    }
    busy = true;
    if (button) button.disabled = true;
    const texts = { alt: field('alt'), caption: field('caption'), credit: field('credit') };
    const failures: string[] = [];
    for (const file of files) {
      progressBox.hidden = false;
      bar.value = 0;
      status.textContent = fill(messages.progress, { name: file.name, percent: 0 });
      try {
        const media = await send(api, file, texts, (percent) => {
          bar.value = percent;
          status.textContent = fill(messages.progress, { name: file.name, percent });
        });
        bar.value = 100;
        status.textContent = fill(messages.done, { name: file.name });
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/newsroom/media/${encodeURIComponent(media.id)}?uploaded=1`;
        link.textContent = fill(messages.done, { name: file.name });
        item.append(link);
        list.append(item);
      } catch (error) {
        failures.push(fill(messages.failed, { name: file.name, message: (error as Error).message }));
        status.textContent = '';
      }
    }
    if (failures.length > 0) showError(failures.join(' '));
    input.value = '';
    busy = false;
    if (button) button.disabled = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void uploadAll(Array.from(input.files ?? []));
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void uploadAll(Array.from(event.dataTransfer?.files ?? []));
  });
}

function enhanceCopy(button: HTMLButtonElement): void {
  const source = document.querySelector<HTMLInputElement>('[data-copy-source]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!source) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      // Without clipboard access the id is selected, ready to copy by hand.
      source.select();
    }
    if (status) status.textContent = button.dataset.msgCopied ?? '';
  });
}

const uploadForm = document.querySelector<HTMLFormElement>('#library-upload');
if (uploadForm) enhanceUpload(uploadForm);
const copyButton = document.querySelector<HTMLButtonElement>('[data-copy]');
if (copyButton) enhanceCopy(copyButton);
