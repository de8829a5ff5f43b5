import type { Messages } from './en.ts';

/** Deutsche Texte zum Anlegen und Verknüpfen von Stakeholdern. */
export const editingDE: Pick<Messages, 'create' | 'relationship'> = {
  create: {
    newStakeholder: 'Neuer Stakeholder',
    title: 'Neuer Stakeholder',
    id: 'ID (optional)',
    idHint: 'Leer gelassen, wird die ID aus Art und Name gebildet.',
    idTaken: 'ist schon an {{name}} vergeben',
    create: 'Anlegen',
    creating: 'Wird angelegt…',
    created: 'Anlegen von {{name}}',
  },
  relationship: {
    new: 'Neue Beziehung',
    menu: 'Neue Beziehung…',
    titleNew: 'Neue Beziehung von {{name}}',
    titleEdit: 'Beziehung bearbeiten',
    other: 'Anderer Stakeholder',
    otherEnd: 'die andere Seite',
    searchOther: 'Nach Namen suchen…',
    matches: 'Passende Stakeholder',
    change: 'Ändern',
    edit: 'Ändern',
    remove: 'Entfernen',
    direction: 'Richtung',
    out: '{{name}} → {{other}}',
    in: '{{other}} → {{name}}',
    noTypes:
      'Kein Beziehungstyp verbindet diese beiden Arten in dieser Richtung. Versuchen Sie die andere Richtung.',
    strength: 'Stärke (0–1)',
    sentiment: 'Stimmung (−1 bis 1)',
    exists: 'diese Beziehung gibt es schon; bearbeiten Sie sie in der Liste',
    editAria: 'Beziehung mit {{name}} ändern',
    deleteAria: 'Beziehung mit {{name}} entfernen',
    confirmDelete: 'Die Beziehung „{{type}}“ mit {{name}} entfernen?',
    created: 'neue Beziehung mit {{name}}',
    edited: 'Änderungen an der Beziehung mit {{name}}',
    deleted: 'Löschen der Beziehung mit {{name}}',
  },
};
