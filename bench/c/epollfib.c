/*
 * The floor: a single-threaded C server for the fib service on epoll, level-triggered, the
 * simplest thing the kernel allows. Newline-terminated requests, answered in order with the
 * seeds' naive fib (fib(n) = 1 for n <= 2). Benchmark only: no limits, no error lines.
 * Usage: epollfib PORT
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static long fib(int n) { return n <= 2 ? 1 : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: epollfib PORT\n");
        return 2;
    }
    int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(atoi(argv[1]))};
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(lfd, 4096) < 0) {
        perror("listen");
        return 1;
    }
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd}, ready[256];
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    static char pending[65536][64]; /* bytes of an unfinished line, per descriptor */
    static int plen[65536];
    for (;;) {
        int n = epoll_wait(ep, ready, 256, -1);
        for (int i = 0; i < n; i++) {
            int fd = ready[i].data.fd;
            if (fd == lfd) {
                int c = accept(lfd, NULL, NULL);
                if (c >= 0 && c < 65536) {
                    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    plen[c] = 0;
                    struct epoll_event cev = {.events = EPOLLIN, .data.fd = c};
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
                }
                continue;
            }
            char in[4096], out[8192];
            ssize_t got = read(fd, in, sizeof in);
            if (got <= 0) {
                close(fd); /* also leaves the epoll set */
                continue;
            }
            int olen = 0;
            for (ssize_t k = 0; k < got; k++) {
                if (in[k] == '\n') {
                    pending[fd][plen[fd]] = 0;
                    olen += snprintf(out + olen, sizeof out - olen, "%ld\n", fib(atoi(pending[fd])));
                    plen[fd] = 0;
                } else if (plen[fd] < 63) {
                    pending[fd][plen[fd]++] = in[k];
                }
            }
            if (olen > 0 && write(fd, out, olen) < 0) {
                close(fd);
            }
        }
    }
}
