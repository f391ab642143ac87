/** Browser file plumbing for the Import panel: reading an opened file, offering a download. */

/** FileReader works in every host the pane runs in (Blob.arrayBuffer is missing in some webviews). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`无法读取文件。The file could not be read. ${reader.error?.message ?? ""}`));
    reader.readAsArrayBuffer(file);
  });
}

export type Download = (fileName: string, text: string) => void;

export const downloadText: Download = (fileName, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};
