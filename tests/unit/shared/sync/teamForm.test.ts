import { describe, expect, it } from 'vitest';
import { normalServerAddress, serverAddressProblem, teamJoinSchema } from '../../../../shared/sync/teamForm';

describe('the server address of a team', () => {
  it('needs https, except for a server on this computer itself', () => {
    expect(serverAddressProblem('https://couchdb.landkreis-musterstadt.de:6984')).toBeUndefined();
    expect(serverAddressProblem('http://couchdb.landkreis-musterstadt.de:5984')).toBe('httpsRequired');
    expect(serverAddressProblem('http://192.168.10.5:5984')).toBe('httpsRequired');
    expect(serverAddressProblem('http://127.0.0.1:5984')).toBeUndefined();
    expect(serverAddressProblem('http://localhost:5984')).toBeUndefined();
    expect(serverAddressProblem('http://[::1]:5984')).toBeUndefined();
  });

  it('refuses what is not a plain server address', () => {
    expect(serverAddressProblem('couchdb.landkreis.de')).toBe('invalidUrl');
    expect(serverAddressProblem('ftp://couchdb.landkreis.de')).toBe('invalidUrl');
    expect(serverAddressProblem('https://anna:geheim@couchdb.landkreis.de')).toBe('invalidUrl');
    expect(serverAddressProblem('')).toBe('invalidUrl');
    expect(normalServerAddress(' https://couchdb.landkreis.de:6984/ ')).toBe(
      'https://couchdb.landkreis.de:6984',
    );
  });

  it('the join form names every missing field with a German message key', () => {
    const result = teamJoinSchema.safeParse({
      server: 'http://couchdb.landkreis.de',
      database: '',
      user: 'ben',
      password: '',
      name: 'Ben Weber',
      role: 'koordination',
      device: 'Laptop',
      code: '',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      server: 'team.errors.httpsRequired',
      database: 'team.errors.required',
      password: 'team.errors.required',
      code: 'team.errors.required',
    });
  });
});
