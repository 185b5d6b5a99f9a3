import { subscribe, Subscriber } from './support/subscriber';
import { startApp, TestApp } from './support/test-app';

const ADDED = 'subscription { notificationAdded { id } }';

/**
 * graphql-ws connections are capped per process: 10 per person (or per client address without
 * a valid token) and WS_MAX_CONNECTIONS in all; over a cap the connection is closed with 4429.
 */
describe('subscription connection limits', () => {
  let app: TestApp;
  const open: Subscriber<unknown>[] = [];
  const connect = async (token: string) => {
    const subscriber = await subscribe<unknown>(app.url, ADDED, token);
    open.push(subscriber);
    return subscriber;
  };
  const connectMany = (token: string, count: number) =>
    Promise.all(Array.from({ length: count }, () => connect(token)));
  const closeAll = async (subscribers: Subscriber<unknown>[]) => {
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    // the server frees the places as it sees the sockets close
    await new Promise((r) => setTimeout(r, 300));
  };
  const refused = (subscriber: Subscriber<unknown>) => ({
    code: subscriber.closedWith,
    reason: subscriber.closedReason,
  });

  beforeAll(async () => {
    app = await startApp({ WS_MAX_CONNECTIONS: '12' });
  });
  afterAll(async () => {
    await Promise.all(open.map((subscriber) => subscriber.close()));
    await app?.stop();
  });

  it("closes a person's 11th connection with 4429 and takes one again once one of theirs closes", async () => {
    const token = (await app.as('liaison@hsi.example')).token!;
    const ten = await connectMany(token, 10);
    expect(ten.map((subscriber) => subscriber.closedWith)).toEqual(Array(10).fill(null));
    expect(ten.flatMap((subscriber) => subscriber.errors)).toEqual([]);
    const eleventh = await connect(token);
    expect(refused(eleventh)).toEqual({ code: 4429, reason: 'Too many connections' });
    // someone else is not held back by this person's connections
    const other = await connect((await app.as('liaison@fgr.example')).token!);
    expect(other.closedWith).toBeNull();
    await closeAll([ten[0]]);
    const again = await connect(token);
    expect(again.closedWith).toBeNull();
    expect(again.errors).toEqual([]);
    await closeAll([...ten.slice(1), other, again]);
  });

  it('closes any connection past WS_MAX_CONNECTIONS in the process, and takes one again once one closes', async () => {
    const [hsi, fgr, usbp] = await Promise.all(
      ['analyst@hsi.example', 'analyst@fgr.example', 'liaison@usbp.example'].map(
        async (email) => (await app.as(email)).token!,
      ),
    );
    const twelve = [...(await connectMany(hsi, 6)), ...(await connectMany(fgr, 6))];
    expect(twelve.map((subscriber) => subscriber.closedWith)).toEqual(Array(12).fill(null));
    const thirteenth = await connect(usbp);
    expect(refused(thirteenth)).toEqual({ code: 4429, reason: 'Too many connections' });
    await closeAll([twelve[0]]);
    const taken = await connect(usbp);
    expect(taken.closedWith).toBeNull();
    await closeAll([...twelve.slice(1), taken]);
  });

  it('counts connections without a valid token against their client address', async () => {
    const forged = await connectMany('not-a-token', 10);
    expect(forged.map((subscriber) => subscriber.closedWith)).toEqual(Array(10).fill(null));
    expect(refused(await connect('not-a-token'))).toEqual({ code: 4429, reason: 'Too many connections' });
    // a person with a real token still gets in
    expect((await connect((await app.as('intake@usbp.example')).token!)).closedWith).toBeNull();
  });
});
