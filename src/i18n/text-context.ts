import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH, type Translator } from './translate';

// Components take the interface's words from the nearest provider (each entrypoint provides the
// reader's language); without one, as in a unit test that renders a component alone, English.
export const TextContext = createContext<Translator>(ENGLISH);

export const useText = (): Translator => useContext(TextContext);
