#!/usr/bin/env node
// The command is written in TypeScript; tsx (installed with the project) runs it without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
