/** One usage line per command, quoted by the grammar's hints and by help. */
export const USAGE = {
  help: 'help [command]',
  mine: 'mine',
  boards: 'boards',
  show: 'show LCRB-12',
  update: 'update LCRB-12 in progress "Draft paper with the Commissioner"',
  done: 'done LCRB-12 "Paper circulated to members"',
  note: 'note LCRB-12 Waiting for the Home Office figures',
  outstanding: 'outstanding lcrb',
  add: 'add lcrb TG "Bring back a full proposal" due next meeting',
  assign: 'assign LCRB-12 Tim Godwin, JH',
  digest: 'digest lcrb',
  'close-agreed': 'close-agreed lcrb',
  unlink: 'unlink "Tim Godwin" slack',
  chase: 'chase LCRB-12',
} as const;
