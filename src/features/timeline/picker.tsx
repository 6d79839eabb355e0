/**
 * A combobox with type-ahead for a filter that takes several values. The only importer of
 * react-aria-components: its ComboBox gives the combobox/listbox/group roles, keyboard handling
 * and live announcements, so none of that ARIA is written by hand here.
 */
import { useState } from "react";
import { Button, ComboBox, Input, Label, Popover, useFilter } from "react-aria-components/ComboBox";
import { I18nProvider } from "react-aria-components/I18nProvider";
import { Header, ListBox, ListBoxItem, ListBoxSection } from "react-aria-components/ListBox";
import { useI18n } from "../../i18n/i18n";
import type { PickerSection } from "./picker-options";
import "./picker.css";

// React Aria adds an inline <style> unless an element with this id exists; the strict
// Content-Security-Policy would block it (a console error), so picker.css carries the rule
// and this inert marker tells React Aria it is already there. If an upgrade renames the id,
// the browser tests fail on the CSP violation.
const PRESSABLE_STYLE_ID = "react-aria-pressable-style";
if (typeof document !== "undefined" && !document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement("template");
  marker.id = PRESSABLE_STYLE_ID;
  document.head.append(marker);
}

interface PickerProps {
  label: string;
  placeholder: string;
  /** The name of the button that opens the whole list. */
  showAll: string;
  sections: PickerSection[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/**
 * React Aria announces ("5 options available") and compares text in its own locale, which it
 * takes from the browser; the page's language decides it here, so a Spanish page speaks Spanish.
 */
export function Picker(props: PickerProps) {
  const { f } = useI18n();
  return (
    <I18nProvider locale={f.locale}>
      <PickerBox {...props} />
    </I18nProvider>
  );
}

function PickerBox({ label, placeholder, showAll, sections, chosen, onChange }: PickerProps) {
  const { t } = useI18n();
  // Base sensitivity: "peru" finds "Perú", "GOBIERNO" finds "Gobierno".
  const { contains } = useFilter({ sensitivity: "base" });
  const [text, setText] = useState("");
  return (
    <ComboBox
      className="flex flex-col gap-1"
      defaultFilter={contains}
      inputValue={text}
      onInputChange={setText}
      // Several values can be chosen; the list stays open for the next one, and the typed text
      // is cleared so the whole list shows again.
      selectionMode="multiple"
      value={chosen}
      onChange={(keys) => {
        const ids = keys.map(String);
        setText("");
        // Closing the list reports the value again; an unchanged value must not add history.
        if (ids.length !== chosen.length || ids.some((id) => !chosen.includes(id))) onChange(ids);
      }}
    >
      <Label className="text-sm font-medium">{label}</Label>
      <div className="flex rounded border border-slate-400 bg-white focus-within:outline-2 focus-within:outline-blue-700">
        <Input
          placeholder={placeholder}
          className="min-w-0 flex-1 rounded px-2 py-1.5 text-sm outline-none"
        />
        <Button
          className="border-l border-slate-300 px-2 text-slate-700 hover:bg-slate-100"
          aria-label={showAll}
        >
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="max-h-80 w-(--trigger-width) min-w-64 overflow-auto rounded border border-slate-300 bg-white shadow-lg">
        <ListBox
          className="py-1 text-sm outline-none"
          renderEmptyState={() => (
            <p className="px-3 py-2 text-slate-600">{t.timeline.picker.nothingMatches}</p>
          )}
        >
          {sections.map((section) => (
            <ListBoxSection key={section.id} id={section.id}>
              <Header className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {section.title}
              </Header>
              {section.options.map((option) => (
                <ListBoxItem
                  key={option.id}
                  id={option.id}
                  textValue={option.name}
                  className="flex cursor-default justify-between gap-3 px-3 py-1.5 outline-none data-focused:bg-blue-100"
                >
                  {({ isSelected }) => (
                    <>
                      <span>
                        <span aria-hidden="true" className="inline-block w-4">
                          {isSelected ? "✓" : ""}
                        </span>
                        {option.name}
                      </span>{" "}
                      <span className="shrink-0 text-slate-600">{t.timeline.entryCount(option.count)}</span>
                    </>
                  )}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
