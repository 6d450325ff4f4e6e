import { useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { ModalDialog } from '../services/board/ModalDialog.js';
import '../services/board/board.css';
import { CategoriesPanel } from './CategoriesPanel.js';
import { categoriesFact } from './categoryWords.js';
import { useTaxonomy } from './useTaxonomy.js';

/**
 * Among the incident's controls: what set it off, in words, at any time, and
 * the way to set or change it. It opens the categories in a dialog, so
 * neither the strip kept in view nor the row of work tabs grows for a thing
 * set a few times in an incident's life.
 */
export function CategoriesButton({ incident }: { readonly incident: IncidentView }) {
  const [open, setOpen] = useState(false);
  const { causes, services, history } = incident.categories;
  const { taxonomy } = useTaxonomy(String(history.length));
  const fact = categoriesFact(causes, services, history.length > 0, taxonomy);
  return (
    <>
      <button type="button" className="categories-button" onClick={() => setOpen(true)} title={`Categories: ${fact}`}>
        Categories: <span className={history.length > 0 ? 'categories-button-value' : 'categories-button-value categories-unset'}>{fact}</span>
      </button>
      {open && (
        <ModalDialog title="Categories" className="categories-dialog" onClose={() => setOpen(false)}>
          <CategoriesPanel incident={incident} titled={false} />
        </ModalDialog>
      )}
    </>
  );
}
