/** Where a host is and the code it gave: the fields Join and "Sync through a server" both ask for. */
export function HostFields({
  addressLabel,
  address,
  code,
  onAddress,
  onCode,
}: {
  addressLabel: string;
  address: string;
  code: string;
  onAddress: (address: string) => void;
  onCode: (code: string) => void;
}) {
  return (
    <>
      <label className="field">
        {addressLabel}
        <input value={address} placeholder="192.168.1.20:4455" onChange={(event) => onAddress(event.target.value)} />
      </label>
      <label className="field">
        Join code
        <input value={code} placeholder="K7QM-2XPD-9HTR" onChange={(event) => onCode(event.target.value)} />
      </label>
    </>
  );
}
