/**
 * Choose a file with the file picker, or drop it on the area. The picker is
 * a real labelled file input, so it works with the keyboard and screen readers.
 */
import { useFileDrop } from '../ui/use-file-drop';

export interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  onFile(bytes: Uint8Array, name: string): void;
}

async function readFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function FileDrop({ id, label, hint, accept, onFile }: FileDropProps) {
  const take = (files: ArrayLike<File> | null | undefined) => {
    const f = files?.[0];
    if (f) void readFile(f).then((b) => onFile(b, f.name));
  };
  const drop = useFileDrop((f) => take([f]));
  return (
    <div class={`drop${drop.over ? ' over' : ''}`} {...drop.handlers}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint} You can also drag a file here.
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const input = e.currentTarget;
          take(input.files);
          // Choosing the same file again should still work.
          input.value = '';
        }}
      />
    </div>
  );
}
