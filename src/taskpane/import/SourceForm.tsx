/**
 * Step one of an import: the text (pasted, or read from an opened .txt/.docx) and what the user
 * already knows about it (region, year, type), which overrides what the titles say.
 */
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ChangeEvent } from "react";
import { pasteFileName, type ImportRequest } from "../../import/job";
import { ACCEPTED_FILE_TYPES, readImportFile } from "../../import/readFile";
import { readBytes } from "./files";
import { badYear, MetaFields, parseYear, type MetaValues } from "./MetaFields";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

interface Props {
  s: Strings;
  busy: boolean;
  onExtract(request: ImportRequest): void;
  onError(message: string): void;
}

export function SourceForm({ s, busy, onExtract, onError }: Props) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [meta, setMeta] = useState<MetaValues>({ region: "", year: "", kind: "" });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ""; // opening the same file again must fire onChange again
    if (!file) return;
    try {
      setText(await readImportFile(file.name, await readBytes(file)));
      setFileName(file.name);
    } catch (err) {
      onError((err as Error).message);
    }
  };

  const extract = () => {
    const year = parseYear(meta.year);
    if (year === null) {
      onError(badYear(meta.year));
      return;
    }
    onExtract({ text, file: fileName ?? pasteFileName(text), region: meta.region.trim() || undefined, year, kind: meta.kind || undefined });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        extract();
      }}
    >
      <Field label={s.pasteLabel} hint={fileName ? s.opened(fileName) : undefined}>
        <Textarea
          value={text}
          placeholder={s.pastePlaceholder}
          resize="vertical"
          rows={6}
          onChange={(_, data) => {
            setText(data.value);
            setFileName(null);
          }}
        />
      </Field>
      <Field label={s.openFile}>
        {(control) => <input {...control} type="file" accept={ACCEPTED_FILE_TYPES} onChange={onFile} disabled={busy} />}
      </Field>
      <div className={styles.row}>
        <MetaFields s={s} values={meta} onChange={setMeta} optional />
        <Button type="submit" appearance="primary" disabled={busy || text.trim() === ""}>
          {s.extract}
        </Button>
      </div>
    </form>
  );
}
