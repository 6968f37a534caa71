// The save of a form that either creates an item or edits one.

/** Creates an item from `input`, or, when `editing` names an item, saves `input` as its changes. */
export function createOrUpdate<Input, Item>(
  editing: { id: number } | null,
  input: Input,
  create: (input: Input) => Promise<Item>,
  update: (id: number, input: Input) => Promise<Item>,
): Promise<Item> {
  return editing ? update(editing.id, input) : create(input);
}
