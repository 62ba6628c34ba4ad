// The browser host's file picking, with a stand-in for the DOM (a hidden <input type=file>).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from '../../../renderer/host/browserHost';

class FakeFileInput extends EventTarget {
  type = '';
  accept = '';
  hidden = false;
  files: File[] | null = null;
  isConnected = false;
  constructor(private readonly answer: File | null) {
    super();
  }
  click() {
    expect(this.type).toBe('file');
    expect(this.hidden).toBe(true);
    expect(this.isConnected).toBe(true);
    queueMicrotask(() => {
      if (this.answer) {
        this.files = [this.answer];
        this.dispatchEvent(new Event('change'));
      } else {
        this.dispatchEvent(new Event('cancel'));
      }
    });
  }
  remove() {
    this.isConnected = false;
  }
}

/** A document whose file chooser answers like a user: with a file, or by cancelling. */
function fakeDocument(answer: File | null) {
  const inputs: FakeFileInput[] = [];
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      expect(tag).toBe('input');
      const input = new FakeFileInput(answer);
      inputs.push(input);
      return input;
    },
    body: {
      append: (input: FakeFileInput) => {
        input.isConnected = true;
      },
    },
  });
  return inputs;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser host', () => {
  const filters = [{ name: 'Kontakte', extensions: ['csv', 'vcf'] }];

  it('opens a file through a temporary file input', async () => {
    const inputs = fakeDocument(new File(['Vorname;Nachname'], 'Kontakte.csv'));
    const result = await browserHost.openFile(filters, 1000);
    expect(inputs.map((i) => i.accept)).toEqual(['.csv,.vcf']);
    expect(result).toMatchObject({ status: 'opened', name: 'Kontakte.csv' });
    expect(result?.status === 'opened' && new TextDecoder().decode(result.data)).toBe('Vorname;Nachname');
    expect(inputs[0]!.isConnected).toBe(false);
  });

  it('reports a file larger than allowed without reading it, and a cancelled choice as null', async () => {
    const big = new File(['x'.repeat(2000)], 'gross.csv');
    const read = vi.spyOn(big, 'arrayBuffer');
    fakeDocument(big);
    expect(await browserHost.openFile(filters, 1000)).toEqual({
      status: 'too-large',
      name: 'gross.csv',
      size: 2000,
    });
    expect(read).not.toHaveBeenCalled();
    const inputs = fakeDocument(null);
    expect(await browserHost.openFile(filters, 1000)).toBeNull();
    expect(inputs[0]!.isConnected).toBe(false);
  });

  it('prints through the browser and says the desktop-only features are not there', async () => {
    const print = vi.fn();
    vi.stubGlobal('window', { print });
    // Whether the print dialog saved a PDF is not known: no "PDF erstellt." after it.
    expect(await browserHost.printToPdf('Jahresbericht 2026.pdf')).toBe(false);
    expect(print).toHaveBeenCalledOnce();
    expect(await browserHost.chooseBackupFolder()).toBeNull();
    expect(await browserHost.backupFolder()).toBeNull();
    expect(await browserHost.lastAutoBackupAt()).toBeNull();
    expect(await browserHost.writeAutoBackup(new Uint8Array())).toBe('unsupported');
    expect(await browserHost.getGlobalShortcut()).toBeNull();
    expect(await browserHost.setGlobalShortcut('CommandOrControl+Alt+N')).toBeNull();
    const off = browserHost.onAppCommand(() => {
      throw new Error('no commands in the browser');
    });
    off();
  });
});
