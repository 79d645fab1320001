/** The built-in demo network: a realistic mix of makers and traps on 127.77.0.0/27. */
package io.netaudit.demo;
