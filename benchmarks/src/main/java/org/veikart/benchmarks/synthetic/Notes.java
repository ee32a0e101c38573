package org.veikart.benchmarks.synthetic;

import org.veikart.model.Note;
import org.veikart.model.NoteKind;
import org.veikart.model.VeikartFactory;

/** Creates editorial notes (not Identifiable, so they do not count towards the plan's size). */
final class Notes {

    private Notes() {
    }

    static Note note(NoteKind kind, String text) {
        Note note = VeikartFactory.eINSTANCE.createNote();
        note.setKind(kind);
        note.setText(text);
        return note;
    }
}
