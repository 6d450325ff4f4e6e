/**
 * The coordinator's decisions about other laptops: take a lost or
 * compromised one out of the room, or let in what a laptop with a clock far
 * ahead wrote, once someone has checked it.
 */
import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';
import { findDevice, removableDevices, withDeviceAsArgument } from './room-devices.js';
import { onlyArgument, type RoomSubcommand } from './room-subcommand.js';

const whose = (person: string | null) => (person ? ` (${printable(person)})` : '');

const removeDevice: RoomSubcommand = {
  name: 'remove-device',
  usage: 'holdfast room remove-device DEVICE --reason TEXT [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(withDeviceAsArgument(args, ['--data', '--reason']), {
      ...DATA_OPTION,
      reason: { type: 'string' },
    });
    const typed = onlyArgument(positionals, 'Give the device id, or the start of it (see `holdfast room show`).');
    if (values.reason === undefined) throw new UsageError('Say why the device is removed, with --reason TEXT: every laptop in the room will see it.');
    const removed = withCommandHost(values.data, io, (host) => {
      const device = findDevice(removableDevices(host, valueOf(host.run('getRoom', {}))), typed, 'in the log here');
      const view = valueOf(host.run('removeDevice', { device, reason: values.reason! }));
      return view.removedDevices.find((entry) => entry.device === device)!;
    });
    io.out(`Removed device ${removed.device}${whose(removed.person)} from the room: ${printable(removed.reason)}`);
    io.out('What it recorded before stays; whatever it records from now on is refused by every laptop this removal reaches.');
    return 0;
  },
};

const letIn: RoomSubcommand = {
  name: 'let-in',
  usage: 'holdfast room let-in DEVICE [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(withDeviceAsArgument(args, ['--data']), DATA_OPTION);
    const typed = onlyArgument(positionals, 'Give the device id, or the start of it (see `holdfast room show`).');
    const held = withCommandHost(values.data, io, (host) => {
      const heldBack = valueOf(host.run('getRoom', {})).heldBack;
      const device = findDevice(heldBack, typed, 'held back here');
      valueOf(host.run('letInHeldBack', { device }));
      return heldBack.find((entry) => entry.device === device)!;
    });
    io.out(`Let in ${held.count === 1 ? '1 event' : `${held.count} events`} from ${held.device}${whose(held.person)}.`);
    return 0;
  },
};

export const coordinatorSubcommands: readonly RoomSubcommand[] = [removeDevice, letIn];
