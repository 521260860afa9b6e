/** Vite's client types: ?url imports, import.meta.glob, CSS side-effect imports. */
/// <reference types="vite/client" />
