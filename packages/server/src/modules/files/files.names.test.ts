import { describe, expect, it } from 'vitest';
import { attachmentDisposition, sanitiseFileName, withExtensionOf } from './files.names.ts';

describe('sanitiseFileName', () => {
  it.each([
    ['Протокол №5.pdf', 'Протокол №5.pdf'],
    ['C:\\Users\\x\\Қарар.docx', 'Қарар.docx'],
    ['../../etc/passwd', 'passwd'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['a\u0000b\r\nc.txt', 'abc.txt'],
    ['  .hidden  ', 'hidden'],
    ['what?<is>"this"|*.txt', 'what__is__this___.txt'],
    ['trailing dots...', 'trailing dots'],
    ['', 'file'],
    ['...', 'file'],
    // NFD (as macOS sends it) becomes NFC: ş as one code point
    ['is\u0327c\u0327i.txt', 'işçi.txt'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('shortens a long name to 200 characters and keeps its extension', () => {
    const name = sanitiseFileName(`${'ә'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('әә.pdf')).toBe(true);
  });
});

describe('withExtensionOf', () => {
  it('adds the kind’s extension only when the name has none of its own', () => {
    expect(withExtensionOf('minutes.PDF', 'pdf')).toBe('minutes.PDF');
    expect(withExtensionOf('photo.jpeg', 'jpeg')).toBe('photo.jpeg');
    expect(withExtensionOf('Report v1.2', 'pdf')).toBe('Report v1.2.pdf');
    expect(withExtensionOf('scan', 'png')).toBe('scan.png');
  });
});

describe('attachmentDisposition', () => {
  it('carries the name in RFC 5987 filename* and an ASCII fallback in filename', () => {
    expect(attachmentDisposition('Протокол.pdf')).toBe(
      `attachment; filename="________.pdf"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB.pdf`,
    );
    expect(attachmentDisposition("İşçi (qrup)'s 100%.txt")).toBe(
      `attachment; filename="Isci (qrup)'s 100_.txt"; filename*=UTF-8''%C4%B0%C5%9F%C3%A7i%20%28qrup%29%27s%20100%25.txt`,
    );
  });

  it('never lets a quote or a backslash end the quoted fallback early', () => {
    expect(attachmentDisposition('a"b\\c.txt')).toMatch(/^attachment; filename="a_b_c\.txt"; /);
  });
});
