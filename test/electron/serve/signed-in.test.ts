/** The people signed in through a headless peer's browsers, as the room's other laptops are told. */
import { describe, expect, it } from 'vitest';
import { SignedIn } from '../../../electron/serve/signed-in.js';

describe('the people signed in through a headless peer', () => {
  it('counts each browser that says who it is until it leaves, each person once, and says when that changes', () => {
    const signedIn = new SignedIn();
    let changes = 0;
    signedIn.onChange(() => (changes += 1));
    const ana = signedIn.join();
    const anaAgain = signedIn.join();
    const bo = signedIn.join();
    expect(signedIn.names()).toEqual([]);

    ana.rename('Ana Ruiz');
    bo.rename('Bo Chen');
    anaAgain.rename('Ana Ruiz');
    expect(signedIn.names()).toEqual(['Ana Ruiz', 'Bo Chen']);
    expect(changes).toBe(2);

    signedIn.leave(ana);
    expect(signedIn.names()).toEqual(['Ana Ruiz', 'Bo Chen']);
    expect(changes).toBe(2);
    signedIn.leave(anaAgain);
    expect(signedIn.names()).toEqual(['Bo Chen']);
    expect(changes).toBe(3);
  });
});
