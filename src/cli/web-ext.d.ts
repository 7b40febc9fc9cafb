// The part of web-ext's programmatic API that lint-firefox uses (web-ext ships no types).
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
