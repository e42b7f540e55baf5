//! The address `loket serve` listens on, taken before anything is built: the port asked for
//! with `--port`, or without it the default port or the next free one after it (as Hugo
//! does). A busy port asked for stops `serve` with a free port to try instead.

use crate::messages::Text;
use crate::text;
use std::io::ErrorKind;
use std::net::{IpAddr, TcpListener};

/// The port of `serve` when none is asked for.
pub const DEFAULT_PORT: u16 = 1111;
/// How many ports after a busy one are tried.
const TRIES: u16 = 20;

/// A listening socket, and the port that was busy when another had to be taken.
#[derive(Debug)]
pub struct Listening {
    pub listener: TcpListener,
    pub instead_of: Option<u16>,
}

/// Listens on `asked`, else on `default` or the first free port of the few after it.
pub fn listen(bind: IpAddr, asked: Option<u16>, default: u16) -> Result<Listening, Text> {
    let cannot = |port: u16, err: std::io::Error| {
        text!("serve-cannot-listen", address = address(bind, port), error = err.to_string())
    };
    if let Some(port) = asked {
        return match TcpListener::bind((bind, port)) {
            Ok(listener) => Ok(Listening { listener, instead_of: None }),
            Err(err) if err.kind() == ErrorKind::AddrInUse => Err(match free_after(bind, port) {
                Some(free) => text!("serve-port-busy", port = port, free = free),
                None => text!("serve-port-busy-no-free", port = port),
            }),
            Err(err) => Err(cannot(port, err)),
        };
    }
    for port in after(default, 0) {
        match TcpListener::bind((bind, port)) {
            Ok(listener) => {
                return Ok(Listening { listener, instead_of: (port != default).then_some(default) });
            }
            Err(err) if err.kind() == ErrorKind::AddrInUse => continue,
            Err(err) => return Err(cannot(port, err)),
        }
    }
    let last = after(default, 0).last().unwrap_or(default);
    Err(text!("serve-no-free-port", first = default, last = last))
}

/// `port` and the ports after it, as far as `TRIES` (none past 65535); `skip` leaves out the
/// first ones.
fn after(port: u16, skip: u16) -> impl Iterator<Item = u16> {
    (u32::from(port) + u32::from(skip)..u32::from(port) + u32::from(TRIES)).filter_map(|p| u16::try_from(p).ok())
}

/// A port after `port` that is free now (to suggest; another program may take it meanwhile).
fn free_after(bind: IpAddr, port: u16) -> Option<u16> {
    after(port, 1).find(|p| TcpListener::bind((bind, *p)).is_ok())
}

/// `127.0.0.1:1111`, `[::1]:1111`.
pub fn address(bind: IpAddr, port: u16) -> String {
    match bind {
        IpAddr::V6(ip) => format!("[{ip}]:{port}"),
        IpAddr::V4(ip) => format!("{ip}:{port}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{EditorLang, Messages};

    const LOOPBACK: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

    /// A port that is busy (held by the returned listener).
    fn busy() -> (TcpListener, u16) {
        let held = TcpListener::bind((LOOPBACK, 0)).unwrap();
        let port = held.local_addr().unwrap().port();
        (held, port)
    }

    #[test]
    fn without_a_port_asked_for_a_busy_default_gives_the_next_free_one() {
        let (_held, port) = busy();
        let taken = listen(LOOPBACK, None, port).unwrap();
        let got = taken.listener.local_addr().unwrap().port();
        assert_ne!(got, port);
        assert!(got > port && got < port.saturating_add(TRIES), "{got} after {port}");
        assert_eq!(taken.instead_of, Some(port));
    }

    #[test]
    fn a_free_default_is_taken_as_it_is() {
        let (held, port) = busy();
        drop(held);
        let taken = listen(LOOPBACK, None, port).unwrap();
        assert_eq!(taken.listener.local_addr().unwrap().port(), port);
        assert_eq!(taken.instead_of, None);
    }

    #[test]
    fn a_busy_port_asked_for_is_refused_with_a_free_one_to_try_in_either_language() {
        let (_held, port) = busy();
        let refused = listen(LOOPBACK, Some(port), DEFAULT_PORT).unwrap_err();
        assert_eq!(refused.id(), "serve-port-busy");
        let en = Messages::new(EditorLang::En).format(&refused);
        assert!(en.starts_with(&format!("Port {port} is in use by another program. Nothing was built.")), "{en}");
        let free = en.rsplit("--port ").next().unwrap().parse::<u16>().unwrap();
        assert!(free > port && TcpListener::bind((LOOPBACK, free)).is_ok(), "{en}");
        let nl = Messages::new(EditorLang::Nl).format(&refused);
        assert!(nl.starts_with(&format!("Poort {port} is in gebruik door een ander programma.")), "{nl}");
        assert!(nl.contains("Probeer een andere poort: loket serve --port "), "{nl}");
    }

    #[test]
    fn port_zero_asks_for_any_free_port() {
        let taken = listen(LOOPBACK, Some(0), DEFAULT_PORT).unwrap();
        assert_ne!(taken.listener.local_addr().unwrap().port(), 0);
    }

    #[test]
    fn the_ports_tried_stop_at_the_last_port() {
        assert_eq!(after(65534, 0).collect::<Vec<_>>(), [65534, 65535]);
        assert_eq!(after(1111, 1).next(), Some(1112));
    }
}
